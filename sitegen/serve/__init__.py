"""`sitegen serve`: the dev server that builds a preview, watches the site and reloads
the browser."""
