package org.skillscope.api;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The TCP sockets a process listens on, from Linux's /proc (its socket inodes matched against /proc/net/tcp and tcp6). */
final class ListeningSockets {
    private static final String LISTEN = "0A";

    private ListeningSockets() {}

    static List<InetSocketAddress> of(long pid) throws IOException {
        Set<String> inodes = new HashSet<>();
        try (DirectoryStream<Path> fds = Files.newDirectoryStream(Path.of("/proc", String.valueOf(pid), "fd"))) {
            for (Path fd : fds) {
                try {
                    String target = Files.readSymbolicLink(fd).toString();
                    if (target.startsWith("socket:[")) inodes.add(target.substring(8, target.length() - 1));
                } catch (IOException closedMeanwhile) {
                    // a descriptor closed while listing: not a listening socket
                }
            }
        }
        List<InetSocketAddress> out = new ArrayList<>();
        for (String table : List.of("tcp", "tcp6")) {
            Path file = Path.of("/proc", String.valueOf(pid), "net", table);
            if (!Files.exists(file)) continue;
            for (String line : Files.readAllLines(file).subList(1, Files.readAllLines(file).size())) {
                String[] f = line.trim().split("\\s+");
                if (f[3].equals(LISTEN) && inodes.contains(f[9])) out.add(address(f[1]));
            }
        }
        return out;
    }

    /** "0100007F:1F90" (address as little-endian 32-bit words, port big-endian) to 127.0.0.1:8080. */
    static InetSocketAddress address(String hex) throws IOException {
        String[] parts = hex.split(":");
        String a = parts[0];
        byte[] bytes = new byte[a.length() / 2];
        for (int word = 0; word < bytes.length / 4; word++) {
            for (int i = 0; i < 4; i++) {
                bytes[word * 4 + i] = (byte) Integer.parseInt(a.substring(word * 8 + (3 - i) * 2, word * 8 + (3 - i) * 2 + 2), 16);
            }
        }
        return new InetSocketAddress(InetAddress.getByAddress(bytes), Integer.parseInt(parts[1], 16));
    }
}
