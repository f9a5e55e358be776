package org.ltcare.launcher;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/**
 * Checks a port before use. A server left over from an earlier run would otherwise answer the
 * readiness check in place of the one just started, or make MariaDB fail with a cryptic error.
 */
final class PortCheck {

    private PortCheck() {
    }

    static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return true;
        } catch (IOException inUse) {
            return false;
        }
    }
}
