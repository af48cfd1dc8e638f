module.exports = {
  layout: "note.njk",
  permalink: function ({ page }) {
    return `/n/${page.fileSlug}/`;
  },
};
