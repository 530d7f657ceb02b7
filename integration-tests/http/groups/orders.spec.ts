import { runHttpGroup } from "../../helpers/group"

runHttpGroup("orders")
