"""Language processing shared by the extractors: the spaCy pipeline and the lexicons."""
