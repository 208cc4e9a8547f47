package jp.tomoni.demo;

/**
 * The demo's entry point: {@code java -jar tomoni-demo.jar [options]} (see {@link DemoOptions#USAGE}).
 */
public final class DemoMain {

    private DemoMain() {
    }

    /** Runs {@link DemoCommand#run} and exits with its code. */
    public static void main(String[] args) {
        System.exit(DemoCommand.run(args));
    }
}
