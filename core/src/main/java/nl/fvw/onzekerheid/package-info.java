/**
 * Uncertainty in the forecasts behind the normering: seeded Monte Carlo draws of forecast
 * errors on the spending aggregates and the GDP series, each draw a complete input that the
 * engine evaluates like any other.
 */
package nl.fvw.onzekerheid;
