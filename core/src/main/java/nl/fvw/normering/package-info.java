/** Domain facts of the normering (spending aggregates, accres %) and their typed arithmetic. Public API. */
package nl.fvw.normering;
