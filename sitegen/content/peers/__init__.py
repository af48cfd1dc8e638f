"""What the peers (Hugo, Jekyll, Pelican, Zola, Eleventy) write, read as sitegen reads it.

Front matter in TOML and Pelican's headers becomes the same positioned tree YAML gives
(`meta`); the keys the peers share are mapped onto sitegen's model (`keys`); template
syntax in bodies (Hugo shortcodes, Liquid) is found and replaced by its built-in
equivalent or reported (`templates`). Pure functions, like the rest of `content`.
"""
