import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * CPU time used on this machine between two moments, from Linux's /proc, split by who used it: the
 * Liberty server, PostgreSQL, this benchmark's own process (its mail sink), the HTTP client it ran
 * (wrk, a child process) and everything else, the kernel's interrupt work included. It tells whether a run was bound by the disk or by the
 * processor: on a machine whose cores are all busy, CPU per booking sets the highest possible rate.
 */
record CpuUse(Map<String, Long> ticksByWho, long busyTicks, long allTicks) {
    /** Linux reports process times in clock ticks of 1/100 s (USER_HZ) on every architecture it runs on. */
    static final double SECONDS_PER_TICK = 0.01;
    static final List<String> WHO = List.of("Liberty", "PostgreSQL", "mail sink (this program)", "wrk", "other");

    static boolean available() {
        return Files.isReadable(Path.of("/proc/stat")) && Files.isReadable(Path.of("/proc/self/stat"));
    }

    static CpuUse now() throws IOException {
        Map<String, Long> ticks = new LinkedHashMap<>();
        WHO.forEach(who -> ticks.put(who, 0L));
        long self = ProcessHandle.current().pid();
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            for (Path process : processes.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                String[] stat = statFields(process);
                if (stat == null) {
                    continue; // it ended meanwhile
                }
                long pid = Long.parseLong(process.getFileName().toString());
                String who = pid == self ? "mail sink (this program)" : who(process, stat[0]);
                ticks.merge(who, Long.parseLong(stat[12]) + Long.parseLong(stat[13]), Long::sum);
                if (pid == self) {
                    // Children waited for: the wrk runs (Java's HttpClient, when used, is this process).
                    ticks.merge("wrk", Long.parseLong(stat[14]) + Long.parseLong(stat[15]), Long::sum);
                }
            }
        }
        String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
        long all = 0;
        for (int i = 1; i <= 8 && i < cpu.length; i++) {
            all += Long.parseLong(cpu[i]);
        }
        long idle = Long.parseLong(cpu[4]) + Long.parseLong(cpu[5]); // idle and waiting for the disk
        return new CpuUse(ticks, all - idle, all);
    }

    /** The fields of /proc/PID/stat after the pid, from the command name on; null if the process is gone. */
    private static String[] statFields(Path process) {
        try {
            String stat = Files.readString(process.resolve("stat"));
            int open = stat.indexOf('(');
            int close = stat.lastIndexOf(')');
            String[] rest = stat.substring(close + 2).split(" ");
            String[] fields = new String[rest.length + 1];
            fields[0] = stat.substring(open + 1, close);
            System.arraycopy(rest, 0, fields, 1, rest.length);
            return fields;
        } catch (IOException | RuntimeException gone) {
            return null;
        }
    }

    private static String who(Path process, String command) {
        if (command.equals("postgres")) {
            return "PostgreSQL";
        }
        try {
            String commandLine = Files.readString(process.resolve("cmdline"));
            return commandLine.contains("ws-server.jar") ? "Liberty" : "other";
        } catch (IOException gone) {
            return "other";
        }
    }

    /** What was used from {@code before} to this moment, per booking, and what that allows. */
    String perBooking(CpuUse before, long bookings) {
        StringBuilder line = new StringBuilder("CPU per booking in the measured run:");
        long busy = busyTicks - before.busyTicks;
        long named = 0;
        for (String who : WHO.subList(0, WHO.size() - 1)) {
            long used = ticksByWho.get(who) - before.ticksByWho.get(who);
            named += used;
            line.append(String.format(" %s %.2f ms,", who, 1000 * used * SECONDS_PER_TICK / bookings));
        }
        // Other processes, and the kernel's interrupt work that no process is charged for.
        line.append(String.format(" other %.2f ms,", 1000 * (busy - named) * SECONDS_PER_TICK / bookings));
        double perBooking = busy * SECONDS_PER_TICK / bookings;
        int cores = Runtime.getRuntime().availableProcessors();
        line.append(String.format(" all %.2f ms%n", 1000 * perBooking));
        line.append(String.format("the machine's %d cores were %.0f%% busy; at %.2f ms of CPU per booking they allow"
                + " at most %.0f bookings/s", cores, 100.0 * busy / (allTicks - before.allTicks), 1000 * perBooking,
                cores / perBooking));
        return line.toString();
    }
}
