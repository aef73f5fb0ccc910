/** Bekostiging: the cost of new and changed tasks for decentral governments (artikel 2 Fvw), its split, its compensation and the gap. Public API. */
package nl.fvw.bekostiging;
