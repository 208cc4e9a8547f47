package jp.tomoni.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The engine as a service: the single-writer engine, its journal, and the officers' and analysts' API. */
@SpringBootApplication(scanBasePackages = {"jp.tomoni.app", "jp.tomoni.web"})
@ConfigurationPropertiesScan({"jp.tomoni.app", "jp.tomoni.web"})
public class EngineApplication {

    /** Starts the service. */
    public static void main(String[] args) {
        SpringApplication.run(EngineApplication.class, args);
    }
}
