/** Bundeling: specific grants (SPUKs) into the funds or into regional envelopes, the new distribution, herverdeeleffecten and the ingroeipad. Public API. */
package nl.fvw.bundeling;
