/** Exact euro amounts (Moneta, 34 digits), named rounding steps, sum-preserving allocation. Public API. */
package nl.fvw.money;
