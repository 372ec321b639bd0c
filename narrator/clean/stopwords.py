"""English's stop words: the function words whose share of a line's words tells prose from interface, and English
(clean/language.py) from other languages."""

from __future__ import annotations

STOP_WORDS = frozenset(
    (
        "a", "about", "after", "all", "also", "an", "and", "any", "are", "as", "at", "be", "been", "but",
        "by", "can", "could", "did", "do", "does", "for", "from", "had", "has", "have", "he", "her", "his",
        "how", "i", "if", "in", "into", "is", "it", "its", "just", "more", "most", "my", "no", "not", "of",
        "on", "one", "only", "or", "our", "out", "over", "she", "so", "some", "than", "that", "the", "their",
        "them", "then", "there", "these", "they", "this", "those", "to", "under", "up", "was", "we", "were",
        "what", "when", "where", "which", "while", "who", "will", "with", "would", "you", "your", "said",
        "says", "before", "because", "during",
        # the rest of English's common function words, so a plain sentence of few of the words above still
        # reads as prose ("Parents say children will miss the first lesson every day until March."): modals,
        # pronouns, prepositions, determiners and conjunctions found in no other language we read ("us" and "may",
        # also a country and a month, stay out: a headline's "US" or a date's "May" is no function word)
        "say", "until", "every", "each", "both", "either", "neither", "between", "through", "against", "across",
        "along", "around", "since", "without", "within", "upon", "onto", "towards", "toward", "among", "should",
        "shall", "must", "might", "being", "him", "himself", "herself", "itself", "themselves", "myself", "whom",
        "whose", "although", "though", "unless", "whether", "nor", "such", "other", "another", "many",
        "much", "same", "very",
        # (not "now", "here", "again", "off", "down": an interface's buttons say them, "Apply now", "Click here", "Try
        # again", "Captions off", "Scroll down", and would read as prose; nor "why", which opens a Q&A page's related
        # questions, read as prose then; nor "own", a recipe's "(adjust according to own preferences)" over its list)
    )
)
