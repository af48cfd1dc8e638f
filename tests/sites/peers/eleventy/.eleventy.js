const markdownIt = require("markdown-it");
const katex = require("markdown-it-katex");

module.exports = function (eleventyConfig) {
  eleventyConfig.addPassthroughCopy("img");
  eleventyConfig.setLibrary("md", markdownIt().use(katex));
  return { dir: { input: ".", output: "_site" } };
};
