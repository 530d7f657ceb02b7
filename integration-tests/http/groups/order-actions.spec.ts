import { runHttpGroup } from "../../helpers/group"

runHttpGroup("order-actions")
