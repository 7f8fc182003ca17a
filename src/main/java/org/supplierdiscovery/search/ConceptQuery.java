package org.supplierdiscovery.search;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;

/** A concept with the query that finds it in text and, for a taxonomy value, the exact tag term. */
record ConceptQuery(Concept concept, Query text, Term tag) {}
