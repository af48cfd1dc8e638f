from pelicanconf import *

SITEURL = "https://pelican.example.org"
