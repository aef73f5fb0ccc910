/** Internal: helpers called from rules, the rule compiler; not part of the API. */
package nl.fvw.rules.internal;
