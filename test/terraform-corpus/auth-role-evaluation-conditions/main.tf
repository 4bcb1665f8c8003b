# Follows MyPureCloud/terraform-provider-genesyscloud, examples/resources/genesyscloud_auth_role/resource.tf
# @ 7921ec12e79250ce29eb50db8c5dedd3300b313a: a role whose permission policy is limited by a condition on a queue,
# plus a special permission (not `domain:entity:action`). Written for this corpus, not copied.
resource "genesyscloud_routing_queue" "quality_reviewed" {
  name        = "Corpus Quality Reviewed"
  description = "Queue whose conversations evaluators may score"
}

resource "genesyscloud_auth_role" "evaluator" {
  name        = "Corpus Evaluator"
  description = "Scores evaluations of one queue's conversations"
  permissions = ["group_creation"]

  permission_policies {
    domain      = "quality"
    entity_name = "evaluation"
    action_set  = ["add", "edit", "view"]
    conditions {
      conjunction = "AND"
      terms {
        variable_name = "Conversation.queues"
        operator      = "EQ"
        operands {
          type     = "QUEUE"
          queue_id = genesyscloud_routing_queue.quality_reviewed.id
        }
      }
    }
  }
}
