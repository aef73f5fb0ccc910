/** Dated, sourced policy parameters that layer by decision stand, and their YAML/JSON files. Public API. */
package nl.fvw.param;
