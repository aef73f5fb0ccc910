/** Explanations of figures, rule references, roundings, provenance and figure names. Public API. */
package nl.fvw.explain;
