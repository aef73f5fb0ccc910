/** Strict reading of YAML and JSON input with file, line and key in every error. Public API. */
package nl.fvw.input;
