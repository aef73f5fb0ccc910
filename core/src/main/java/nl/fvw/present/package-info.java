/** Budget-table presentation: Dutch number format, x € 1.000 and € mln, totals that add up. Public API. */
package nl.fvw.present;
