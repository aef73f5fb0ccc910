/** The fvw command line (picocli). */
package nl.fvw.cli;
