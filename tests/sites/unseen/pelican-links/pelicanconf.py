AUTHOR = "Rowan"
SITENAME = "Kiln log"
SITEURL = "https://kiln.example.org"
PATH = "content"
STATIC_PATHS = ["images"]
ARTICLE_URL = "{slug}.html"
ARTICLE_SAVE_AS = "{slug}.html"
