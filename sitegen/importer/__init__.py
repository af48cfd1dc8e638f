"""`sitegen import`: a Hugo, Jekyll, Pelican, Zola or Eleventy blog → a sitegen site.

A stage of its own at the edge (it reads SRC and writes DEST): `peers` knows each
generator's layout, configuration and URLs; `run` copies, adds what keeps old URLs,
and reports. It may import config and content (to compute sitegen's URL for a post
exactly as a build will) but no later stage, and nothing imports it but the CLI.
"""
