# Follows GenesysCloudDevOps/public-api-get-user-presence-data-action-module, main.tf @ 888bf73fbee16004fab10270ec2ac85f7bfacfb4:
# a GET (whose request template Genesys ignores) with a translation map into the success template.
# Written for this corpus, not copied.
resource "genesyscloud_integration" "data_actions" {
  intended_state   = "ENABLED"
  integration_type = "purecloud-data-actions"
  config {
    name = "Corpus Presence Actions"
  }
}

resource "genesyscloud_integration_action" "get_presence" {
  name           = "Get User Presence"
  category       = "Corpus Presence Actions"
  integration_id = genesyscloud_integration.data_actions.id

  contract_input = jsonencode({
    type       = "object"
    required   = ["USER_ID"]
    properties = { USER_ID = { type = "string", description = "The user ID." } }
  })
  contract_output = jsonencode({
    type       = "object"
    properties = { presence = { type = "string" } }
  })

  config_request {
    request_type         = "GET"
    request_url_template = "/api/v2/users/$${input.USER_ID}/presences/PURECLOUD"
    request_template     = "$${input.rawRequest}"
    headers = {
      UserAgent      = "PureCloudIntegrations/1.0"
      "Content-Type" = "application/x-www-form-urlencoded"
    }
  }

  config_response {
    translation_map  = { presence = "$.presenceDefinition.systemPresence" }
    success_template = "{\"presence\": $${presence}}"
  }
}
