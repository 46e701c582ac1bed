package uk.gov.ects.desk.launcher;

import java.util.Arrays;
import uk.gov.ects.desk.service.cli.ServeCommand;
import uk.gov.ects.desk.service.demo.DemoCommand;

/**
 * The one entry point of the jar: {@code serve ...} runs the Support API alone, {@code generate ...}
 * writes a demo dataset, anything else starts the desktop app (the sandbox when no API is given).
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        String command = args.length > 0 ? args[0] : "";
        String[] rest = args.length > 0 ? Arrays.copyOfRange(args, 1, args.length) : args;
        switch (command) {
            case "serve" -> ServeCommand.main(rest);
            case "generate" -> DemoCommand.main(rest);
            default -> DesktopLauncher.launch(args);
        }
    }
}
