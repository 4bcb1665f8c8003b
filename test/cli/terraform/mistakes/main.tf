# One mistake per rule; the test names the line of each.
resource "genesyscloud_integration" "data_actions" {
  intended_state   = "ENABLED"
  integration_type = "purecloud-data-actions"
}

resource "genesyscloud_integration_action" "chat_messages" {
  name            = "Get chat messages"
  category        = "Chat"
  integration_id  = genesyscloud_integration.data_actions.id
  contract_input  = jsonencode({ type = "object", properties = { conversationId = { type = "string" } } })
  contract_output = jsonencode({ type = "object" })
  config_request {
    request_url_template = "/api/v2/conversations/chats/$${input.conversationId}/messages"
    request_type         = "GET"
  }
}

resource "genesyscloud_integration_action" "create_workitem" {
  name           = "Create work item"
  category       = "Tasks"
  integration_id = genesyscloud_integration.data_actions.id
  contract_input = jsonencode({
    type = "object"
    properties = {
      name     = { type = "string" }
      typeId   = { type = "string" }
      priority = { type = "integer" }
    }
  })
  contract_output = jsonencode({ type = "object" })
  config_request {
    request_url_template = "/api/v2/taskmanagement/workitems"
    request_type         = "POST"
    request_template     = <<-EOT
      {"name": "$${input.name}", "typeId": $${input.typeId}, "priority": $${input.priority}}
    EOT
  }
}

resource "genesyscloud_integration_action" "callback" {
  name            = "Create callback"
  category        = "Callbacks"
  integration_id  = genesyscloud_integration.data_actions.id
  contract_input  = jsonencode({ type = "object", properties = { number = { type = "string" }, queueId = { type = "string" } } })
  contract_output = jsonencode({ type = "object" })
  config_request {
    request_url_template = "/api/v2/conversations/callbacks"
    request_type         = "POST"
    request_template     = "{\"callbackNumbers\": [\"$${input.number}\"], \"queueId\": \"$${INPUT.queueId}\", \"callbackNumber\": 1}"
  }
}

resource "genesyscloud_auth_role" "agent" {
  name = "Co-browse agent"
  permission_policies {
    domain      = "conversation"
    entity_name = "cobrowse"
    action_set  = ["ad"]
  }
}

resource "genesyscloud_oauth_client" "alerts" {
  name                          = "Alerts"
  authorized_grant_type         = "CLIENT-CREDENTIALS"
  access_token_validity_seconds = 60
}

resource "genesyscloud_flow" "inbound" {
  filepath          = "inbound.yaml"
  file_content_hash = filesha256("inbound.yaml")
}

resource "genesyscloud_widget_deployment" "chat" {
  name = "Chat widget"
}

resource "genesyscloud_webdeployments_configuration" "site" {
  name             = "Site"
  languages        = ["en-us"]
  default_language = "en-us"
  cobrowse {
    enabled  = true
    channels = ["Webmessaging", "Chat"]
    pause_criteria {
      url_fragment = "/checkout"
      condition    = "includes"
    }
  }
}

resource "genesyscloud_routing_queue" "support" {
  name        = "Support"
  descripton  = "typo"
}
