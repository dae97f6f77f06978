package org.onevisit.platform.web;

import org.onevisit.platform.DeveloperOutbox;
import org.onevisit.platform.PublicPaths;
import org.springframework.context.annotation.Profile;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /dev/outbox}: the demo's text messages. Public, and present only in the demo profile. */
@Controller
@Profile({"demo", "test"})
class DeveloperOutboxController {

  private final DeveloperOutbox outbox;

  DeveloperOutboxController(DeveloperOutbox outbox) {
    this.outbox = outbox;
  }

  @GetMapping("/dev/outbox")
  String outbox(Model model) {
    model.addAttribute("messages", outbox.latest(50));
    return "platform/outbox";
  }

  @Configuration(proxyBeanMethods = false)
  @Profile({"demo", "test"})
  static class OutboxPaths {
    @Bean
    PublicPaths developerOutboxPath() {
      return new PublicPaths("/dev/outbox");
    }
  }
}
