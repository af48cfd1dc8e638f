"""Building: read, lint and render a site, and write it out atomically (or in place
for the dev server), doing only the work a change needs."""
