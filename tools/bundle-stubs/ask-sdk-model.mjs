// Stands in for ask-sdk-model's runtime in the bundle (tools/build.mjs aliases it). The package is
// types plus the Alexa service clients (~61 KiB); ask-sdk-core needs those clients only when a
// skill is built with an API client (withApiClient). Between Us is not: lambda/alexa/ calls
// Alexa's timers, reminders and settings APIs itself. The types are unaffected (compile time).
class ServiceClientFactory {
  constructor() {
    throw new Error('this bundle carries no Alexa service clients: build the skill without withApiClient');
  }
}

export const services = { ServiceClientFactory };
