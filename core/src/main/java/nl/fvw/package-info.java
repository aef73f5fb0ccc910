/** Exceptions shared by all of fvw. Public API. */
package nl.fvw;
