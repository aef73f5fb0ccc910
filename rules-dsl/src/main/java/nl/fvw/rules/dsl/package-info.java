/** The Dutch DSL: its sentences and the line checker for rule files. Public API. */
package nl.fvw.rules.dsl;
