# Follows MyPureCloud/terraform-provider-genesyscloud, examples/resources/genesyscloud_routing_queue/resource.tf
# @ 0661525a9f1a39af432200c6c5499a766fd30cb6: a queue with wrap-up codes, call media settings and a routing rule.
# Written for this corpus, not copied.
data "genesyscloud_auth_division_home" "home" {}

resource "genesyscloud_routing_wrapupcode" "resolved" {
  name        = "Corpus Resolved"
  description = "Customer issue resolved"
}

resource "genesyscloud_routing_skill" "billing" {
  name = "Corpus Billing"
}

resource "genesyscloud_routing_queue" "billing" {
  name                    = "Corpus Billing"
  division_id             = data.genesyscloud_auth_division_home.home.id
  description             = "Billing questions"
  acw_wrapup_prompt       = "MANDATORY_TIMEOUT"
  acw_timeout_ms          = 300000
  skill_evaluation_method = "BEST"
  enable_transcription    = true
  wrapup_codes            = [genesyscloud_routing_wrapupcode.resolved.id]

  media_settings_call {
    alerting_timeout_sec      = 30
    service_level_percentage  = 0.8
    service_level_duration_ms = 20000
  }

  routing_rules {
    operator     = "MEETS_THRESHOLD"
    threshold    = 9
    wait_seconds = 300
  }
}
