#!/usr/bin/env python
# -*- coding: utf-8 -*- #
AUTHOR = 'Ada Lovelace'
SITENAME = "Ada's Notes"
SITEURL = 'https://ada.example.org/notes'
PATH = 'content'
TIMEZONE = 'Europe/Paris'
DEFAULT_LANG = 'en'
DEFAULT_CATEGORY = 'Misc'
ARTICLE_URL = 'posts/{date:%Y}/{date:%m}/{slug}.html'
ARTICLE_SAVE_AS = 'posts/{date:%Y}/{date:%m}/{slug}.html'
STATIC_PATHS = ['images', 'extra/robots.txt']
EXTRA_PATH_METADATA = {'extra/robots.txt': {'path': 'robots.txt'}}
DEFAULT_PAGINATION = 10
