package org.onevisit.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** {@code java -jar onevisit-bench.jar http|startup ...}: exit 0 ok, 1 failed measurement, 2 usage, 3 refused target. */
public final class Main {

    private Main() {
    }

    public static void main(String[] argv) {
        System.exit(run(argv));
    }

    static int run(String[] argv) {
        List<String> args = Arrays.asList(argv);
        if (args.isEmpty() || List.of("-h", "--help", "help").contains(args.getFirst())) {
            System.out.println(usage());
            return args.isEmpty() ? 2 : 0;
        }
        try {
            return switch (args.getFirst()) {
                case "http" -> http(args);
                case "startup" -> startup(args);
                default -> throw new UsageException("unknown sub-command '" + args.getFirst() + "'");
            };
        } catch (UsageException e) {
            System.err.println("error: " + e.getMessage() + "\n\n" + usage());
            return 2;
        } catch (LoopbackGuard.RefusedTargetException e) {
            System.err.println("refused: " + e.getMessage());
            return 3;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            System.err.println("interrupted");
            return 1;
        } catch (Exception e) {
            System.err.println("failed: " + e);
            return 1;
        }
    }

    private static int http(List<String> args) throws Exception {
        HttpOptions options = HttpOptions.parse(args.subList(1, args.size()));
        String header = Report.header("onevisit-bench http", args, Report.modeLine(options));
        System.out.println(header);
        LoadDriver driver = new LoadDriver(options);
        List<TargetResult> results = new ArrayList<>();
        for (Target target : options.targets()) {
            System.err.println("measuring " + target.label() + " " + target.uri() + " ...");
            results.add(driver.run(target));
        }
        String table = Report.table(results, options.mode());
        System.out.println(table);
        if (options.out() != null) {
            Report.append(options.out(), header + "\n" + table);
        }
        return results.stream().anyMatch(r -> r.ok() == 0) ? 1 : 0;
    }

    private static int startup(List<String> args) throws Exception {
        StartupProbe.Options options = StartupProbe.Options.parse(args.subList(1, args.size()));
        StartupProbe probe = new StartupProbe(options);
        String header = Report.header("onevisit-bench startup", args, probe.modeLine());
        System.out.println(header);
        List<StartupProbe.Run> runs = probe.runAll();
        String table = StartupProbe.table(runs);
        System.out.println(table);
        if (options.out() != null) {
            Report.append(options.out(), header + "\n" + table);
        }
        return runs.stream().anyMatch(r -> r.failure() != null) ? 1 : 0;
    }

    static String usage() {
        return "usage: java -jar onevisit-bench.jar <sub-command> [options]\n\n"
                + HttpOptions.USAGE + "\n\n" + StartupProbe.Options.USAGE + "\n\n"
                + "Only loopback targets (127.0.0.0/8, localhost, [::1]) are accepted; every run stops by itself.";
    }
}
