/** Internal: not part of the API; may change in any release. */
package nl.fvw.internal;
