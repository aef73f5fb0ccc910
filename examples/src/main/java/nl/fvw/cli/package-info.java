/** The fvw command line: its commands and options ({@link nl.fvw.cli.Opdrachtregel}) and its reports. */
package nl.fvw.cli;
