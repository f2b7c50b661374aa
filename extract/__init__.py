"""Page text to articles, sentences, entities and relations."""
