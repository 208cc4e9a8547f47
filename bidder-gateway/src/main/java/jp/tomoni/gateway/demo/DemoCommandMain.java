package jp.tomoni.gateway.demo;

/** Runs the demo on its own, e.g. through Spring Boot's {@code PropertiesLauncher} with {@code loader.main}. */
public final class DemoCommandMain {

    private DemoCommandMain() {
    }

    /** Runs {@link DemoCommand#run} and exits with its code. */
    public static void main(String[] args) {
        System.exit(DemoCommand.run(args));
    }
}
