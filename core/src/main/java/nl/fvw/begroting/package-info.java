/** Budget tables in the begroting's own shape: stands, mutations by cause, "waarvan" lines, and their consistency. Public API. */
package nl.fvw.begroting;
