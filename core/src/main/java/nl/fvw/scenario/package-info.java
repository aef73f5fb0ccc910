/** Scenario files: inputs, parameters, rule files and published checks. Public API. */
package nl.fvw.scenario;
