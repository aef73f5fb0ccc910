/** The rule engines and the scenario runner. Public API. */
package nl.fvw.rules;
