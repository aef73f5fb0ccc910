package nl.fvw.cli;

import java.io.PrintWriter;
import java.net.SocketPermission;
import java.security.Permission;

/**
 * Runs the command line under a security manager that refuses every network permission and
 * prints what was attempted: the test of "nothing reaches out".
 */
public final class NoNetworkMain {
    private NoNetworkMain() {
    }

    @SuppressWarnings("removal")
    public static void main(String[] args) {
        System.setSecurityManager(new SecurityManager() {
            @Override
            public void checkPermission(Permission p) {
                if (p instanceof SocketPermission || p instanceof java.net.URLPermission) {
                    System.err.println("NETWORK ATTEMPT: " + p);
                    throw new SecurityException("network access refused: " + p);
                }
            }

            @Override
            public void checkPermission(Permission p, Object context) {
                checkPermission(p);
            }
        });
        System.exit(Main.execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }
}
