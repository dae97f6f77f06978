package org.onevisit.bench;

import java.util.ArrayList;
import java.util.List;

/** Splits {@code --key value} and {@code --key=value} into (key, value) pairs; flags without values are not used by the harness. */
final class Args {

    record Option(String name, String value) {
    }

    private Args() {
    }

    static List<Option> split(List<String> args) {
        List<Option> options = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("--") || arg.length() == 2) {
                throw new UsageException("unexpected argument '" + arg + "'");
            }
            int eq = arg.indexOf('=');
            if (eq > 0) {
                options.add(new Option(arg.substring(0, eq), arg.substring(eq + 1)));
            } else if (i + 1 < args.size()) {
                options.add(new Option(arg, args.get(++i)));
            } else {
                throw new UsageException(arg + " needs a value");
            }
        }
        return options;
    }

    static int intValue(Option o, int min, int max) {
        int value;
        try {
            value = Integer.parseInt(o.value().trim());
        } catch (NumberFormatException e) {
            throw new UsageException(o.name() + ": not a number: '" + o.value() + "'");
        }
        if (value < min || value > max) {
            throw new UsageException(o.name() + " must be between " + min + " and " + max + ", got " + value);
        }
        return value;
    }
}
