"""Text: normalised words, paragraphs and sentences, quotes, speakers and boilerplate."""
