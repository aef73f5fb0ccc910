/** Budget years, stands (ijkmomenten with their publication dates), year series and figures on two time axes. Public API. */
package nl.fvw.time;
