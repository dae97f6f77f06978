package org.onevisit.approval.internal;

import java.util.Set;
import org.flowable.common.engine.api.Engine;
import org.flowable.common.engine.impl.AbstractEngineConfiguration;
import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDependsOnDatabaseInitializationDetector;

/**
 * Makes Flowable's engines wait for Flyway: our migrations run on an empty schema, then Flowable adds
 * its own {@code ACT_*} tables beside them. Registered in {@code META-INF/spring.factories}.
 */
public class FlowableAfterFlyway extends AbstractBeansOfTypeDependsOnDatabaseInitializationDetector {

  @Override
  protected Set<Class<?>> getDependsOnDatabaseInitializationBeanTypes() {
    return Set.of(Engine.class, AbstractEngineConfiguration.class);
  }
}
