# Follows GenesysCloudDevOps/public-api-set-user-state-data-action-module, main.tf @ 663c16616bc3f4f17e9ec8fe7b96b52e0a6db7e6:
# a PUT whose request template leaves a number unquoted (`$${input.version}`), so the template is JSON only
# once Velocity has rendered it. Written for this corpus, not copied.
resource "genesyscloud_integration" "data_actions" {
  intended_state   = "ENABLED"
  integration_type = "purecloud-data-actions"
  config {
    name = "Corpus User Admin Actions"
  }
}

resource "genesyscloud_integration_action" "set_user_state" {
  name           = "Set User State"
  category       = "Corpus User Admin Actions"
  integration_id = genesyscloud_integration.data_actions.id

  contract_input = jsonencode({
    type = "object"
    properties = {
      userId  = { type = "string" }
      state   = { type = "string", enum = ["active", "inactive", "deleted"] }
      version = { type = "integer" }
    }
  })
  contract_output = jsonencode({ type = "object", additionalProperties = true, properties = {} })

  config_request {
    request_type         = "PUT"
    request_url_template = "/api/v2/users/$${input.userId}/state"
    request_template     = <<-VTL
      {
        "state": "$${input.state}",
        "version": $${input.version}
      }
    VTL
  }

  config_response {
    success_template = "$${rawResult}"
  }
}
